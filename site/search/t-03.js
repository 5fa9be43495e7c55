window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[320,321]});
