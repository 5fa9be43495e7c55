window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[337,338]});
