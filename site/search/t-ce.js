window.evidencemapSearch&&evidencemapSearch.terms("ce",{"certain":[286]});
