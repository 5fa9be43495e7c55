window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[132,3,139,1,144,1,153,1,154,1,155,1],"free":[324,2,325,2],"freely":[37,2,55,2],"front":[30,2,49,2]});
