window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[302,303],"atrophy":[40,251,252,253]});
