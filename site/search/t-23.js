window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[322,323]});
