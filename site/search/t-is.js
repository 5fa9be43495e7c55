window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,154,285,286],"issue":[316,317,318],"issues":[0,31,91,115,212,213,234,235,236,237,238,262,263]});
