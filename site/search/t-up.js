window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,2,18,2,48,2,112,2,119,2,203,2,204,2,224,2,351,2],"upper":[314,2],"uppers":[166,2],"upward":[48,2,213,2,218,2]});
