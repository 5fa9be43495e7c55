window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,158,296,297],"issue":[328,329,330],"issues":[0,31,91,115,224,225,246,247,248,249,250,274,275]});
