window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[303,304],"atrophy":[40,252,253,254]});
