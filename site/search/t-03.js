window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[139,2,140,2]});
