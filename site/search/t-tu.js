window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,287,294]});
