window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[139,2,140,2],"smoking":[154,2],"smr":[105,2,203,2,204,2,205,2]});
