window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[322,323]});
