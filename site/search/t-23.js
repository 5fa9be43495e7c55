window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[335,336]});
