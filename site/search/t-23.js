window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[339,340]});
