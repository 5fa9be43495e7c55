window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,2,18,2,48,2,112,2,119,2,212,2,252,2,310,2,311,2],"upper":[258,2],"uppers":[306,2],"upward":[48,2,248,2,254,2]});
