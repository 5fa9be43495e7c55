window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[327,328,333]});
