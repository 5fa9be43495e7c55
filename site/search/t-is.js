window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,158,297,298],"issue":[329,330,331],"issues":[0,31,91,115,225,226,247,248,249,250,251,275,276]});
