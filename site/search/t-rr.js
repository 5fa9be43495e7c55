window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[239,240,243]});
