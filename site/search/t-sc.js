window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22],"scar":[26,111,155,156],"science":[151],"screens":[17]});
