window.evidencemapSearch&&evidencemapSearch.terms("av",{"avoid":[193,2],"avoiding":[343,2]});
