window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,285,292]});
