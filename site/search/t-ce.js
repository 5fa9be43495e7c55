window.evidencemapSearch&&evidencemapSearch.terms("ce",{"certain":[305,2]});
