window.evidencemapSearch&&evidencemapSearch.terms("sm",{"smd":[335,336],"smoking":[350],"smr":[105,184,185,186]});
