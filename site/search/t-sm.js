window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[333,334],"smoking":[348],"smr":[105,184,185,186]});
