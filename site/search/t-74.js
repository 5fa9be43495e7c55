window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[333,334]});
