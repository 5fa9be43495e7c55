window.evidencemapSearch&&evidencemapSearch.terms("av",{"avoid":[174],"avoiding":[324]});
