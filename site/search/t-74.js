window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[142,2,151,2]});
