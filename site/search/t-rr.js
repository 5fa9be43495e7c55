window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[334,335,340]});
