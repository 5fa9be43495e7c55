window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,184,185,205,332],"upper":[295],"uppers":[147],"upward":[48,194,199]});
