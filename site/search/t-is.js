window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,158,301,302],"issue":[333,334,335],"issues":[0,31,91,115,227,228,249,250,251,252,253,254,279,280]});
