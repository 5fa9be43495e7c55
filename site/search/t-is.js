window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,150,251,252],"issue":[282],"issues":[0,31,91,115,194,195,211,212,213,235,236]});
