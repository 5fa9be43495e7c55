window.evidencemapSearch&&evidencemapSearch.terms("78",{"78":[140,2,147,2]});
