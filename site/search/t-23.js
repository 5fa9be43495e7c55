window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[327,328]});
