window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10,2],"good":[110,3,143,3,144,3,145,3,146,3,148,3,149,3,150,3,342,2,345,2,346,2,347,3]});
