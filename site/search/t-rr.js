window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[335,336,341]});
