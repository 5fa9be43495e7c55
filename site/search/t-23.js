window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[331,332]});
