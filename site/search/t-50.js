window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[337,338]});
