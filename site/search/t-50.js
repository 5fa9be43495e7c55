window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[339,340]});
