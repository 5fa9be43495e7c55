window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,306,309,310,311]});
