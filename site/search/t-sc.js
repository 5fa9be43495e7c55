window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22],"scar":[26,111,153,154],"science":[151],"screens":[17]});
