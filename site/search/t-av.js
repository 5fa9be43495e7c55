window.evidencemapSearch&&evidencemapSearch.terms("av",{"avoid":[216,2],"avoiding":[157,2]});
