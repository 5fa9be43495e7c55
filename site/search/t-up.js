window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,179,180,200,324],"upper":[287],"uppers":[147],"upward":[48,189,194]});
