window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,158,299,300],"issue":[331,332,333],"issues":[0,31,91,115,225,226,247,248,249,250,251,252,277,278]});
