window.evidencemapSearch&&evidencemapSearch.terms("17",{"17":[147,2]});
