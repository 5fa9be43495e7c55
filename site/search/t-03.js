window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[332,333]});
