window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[141,2,142,2]});
