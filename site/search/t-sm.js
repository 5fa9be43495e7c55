window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[142,2,151,2],"smoking":[153,2],"smr":[105,2,310,2,311,2,312,2]});
