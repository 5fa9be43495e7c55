window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[334,335]});
