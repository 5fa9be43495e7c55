window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[140,2,147,2]});
