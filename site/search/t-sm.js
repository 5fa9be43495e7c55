window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[320,321],"smoking":[335],"smr":[105,173,174]});
