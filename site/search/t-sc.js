window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22],"scar":[26,111,151,152],"science":[149],"screens":[17]});
