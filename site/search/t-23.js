window.evidencemapSearch&&evidencemapSearch.terms("23",{"23":[239,240]});
