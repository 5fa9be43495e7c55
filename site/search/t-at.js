window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[307,308],"atrophy":[40,255,256,257]});
