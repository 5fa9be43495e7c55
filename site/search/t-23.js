window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[314,315]});
