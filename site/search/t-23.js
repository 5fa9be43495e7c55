window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[286,287]});
