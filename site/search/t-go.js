window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,315,318,319,320]});
