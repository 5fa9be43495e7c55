window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[305,306],"atrophy":[40,253,254,255]});
