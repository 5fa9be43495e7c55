window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,323,326,327,328,341,342,343,344,346,347,348]});
