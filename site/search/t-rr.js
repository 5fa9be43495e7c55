window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[141,2,142,2,147,2]});
