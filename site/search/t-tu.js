window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,284,291]});
