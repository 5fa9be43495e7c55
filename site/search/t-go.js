window.evidencemapSearch&&evidencemapSearch.terms("go",{"going":[10],"good":[110,298,301,302,303]});
