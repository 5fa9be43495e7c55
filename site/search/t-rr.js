window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[322,323,328]});
