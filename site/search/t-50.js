window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[141,2,142,2]});
