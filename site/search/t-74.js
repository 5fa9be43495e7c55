window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[312,313]});
