window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[286,287,292]});
