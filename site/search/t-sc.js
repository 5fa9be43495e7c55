window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22,2],"scar":[26,3,111,2,190,3,318,3],"science":[173,2],"screens":[17,2]});
