window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[333,334]});
