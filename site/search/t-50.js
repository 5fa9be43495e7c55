window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[334,335]});
