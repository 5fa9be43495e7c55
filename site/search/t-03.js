window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[312,313]});
