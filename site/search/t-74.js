window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[320,321]});
