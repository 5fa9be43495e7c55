window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[303,2,304,2],"atrophy":[40,2,171,2,201,2,323,2]});
