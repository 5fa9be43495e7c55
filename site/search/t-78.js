window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[335,336]});
