window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10,2],"good":[110,3,141,3,143,3,146,3,148,3,149,3,150,3,152,3,234,3,244,2,325,2]});
