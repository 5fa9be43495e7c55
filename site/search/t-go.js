window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,319,322,323,324]});
