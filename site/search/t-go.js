window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,311,314,315,316]});
