window.evidencemapSearch&&evidencemapSearch.terms("rr",{"rr":[339,340,345]});
