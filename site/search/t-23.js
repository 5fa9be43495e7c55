window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[334,335]});
