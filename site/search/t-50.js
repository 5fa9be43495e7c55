window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[140,2,147,2]});
