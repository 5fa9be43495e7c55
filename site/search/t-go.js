window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,272,275,276,277]});
