window.evidencemapSearch&&evidencemapSearch.terms("av",{"avoiding":[316]});
