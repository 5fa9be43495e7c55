window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[140,2,145,2,147,2]});
