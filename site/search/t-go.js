window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,321,324,325,326]});
