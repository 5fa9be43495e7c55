window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[142,2,151,2]});
