window.evidencemapSearch&&evidencemapSearch.terms("sc",{"scan":[22],"scar":[26,111,147,148],"science":[145],"screens":[17]});
