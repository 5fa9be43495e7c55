window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[322,323]});
