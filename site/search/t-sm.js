window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[337,338],"smoking":[352],"smr":[105,184,185,186]});
