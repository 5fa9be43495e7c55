window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,164,165,281],"upward":[48,176]});
