window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[141,2,142,2]});
