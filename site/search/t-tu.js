window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,289,296]});
