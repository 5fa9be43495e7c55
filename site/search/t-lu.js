window.evidencemapSearch&&evidencemapSearch.terms("lu",{"lumbar":[14,2,71,2,72,3,112,2,113,2,130,2,131,1,132,2,252,2,259,3]});
