window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,148],"issue":[237],"issues":[0,31,91,115,179,192,193,194]});
