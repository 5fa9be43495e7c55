window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[337,338,343]});
