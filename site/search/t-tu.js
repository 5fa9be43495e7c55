window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,2,308,2,315,2]});
