window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[339,340]});
