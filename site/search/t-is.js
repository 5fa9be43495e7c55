window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,154,277,278],"issue":[308,309,310],"issues":[0,31,91,115,206,207,228,229,230,231,232,256,257]});
