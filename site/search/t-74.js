window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[337,338]});
