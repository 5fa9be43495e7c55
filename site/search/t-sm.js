window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[312,313],"smoking":[327],"smr":[105,172,173]});
