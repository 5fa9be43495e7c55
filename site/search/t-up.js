window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,184,185,205,330],"upper":[293],"uppers":[147],"upward":[48,194,199]});
