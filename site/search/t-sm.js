window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[325,326],"smoking":[340],"smr":[105,177,178]});
