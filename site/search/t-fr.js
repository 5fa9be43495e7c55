window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[132,3,151,1,152,1,153,1,154,1,155,1,156,1],"free":[201,2,202,2],"freely":[37,2,55,2],"front":[30,2,49,2]});
