window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[326,2,327,2],"atrophy":[40,2,274,2,275,2,276,2]});
