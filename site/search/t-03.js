window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[337,338]});
