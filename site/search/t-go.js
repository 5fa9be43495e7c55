window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,318,321,322,323]});
