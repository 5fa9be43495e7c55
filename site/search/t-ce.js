window.evidencemapSearch&&evidencemapSearch.terms("ce",{"certain":[301,2]});
