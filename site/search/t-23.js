window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[337,338]});
