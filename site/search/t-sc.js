window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22,2],"scar":[26,3,111,2,174,3,175,3],"science":[170,2],"screens":[17,2]});
