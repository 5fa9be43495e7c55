window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[331,332]});
