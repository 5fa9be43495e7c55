window.evidencemapSearch&&evidencemapSearch.terms("22",{"22":[145,2]});
