window.evidencemapSearch&&evidencemapSearch.terms("17",{"17":[145,2]});
