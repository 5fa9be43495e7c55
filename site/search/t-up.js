window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,236],"upward":[48]});
