window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[286,287]});
