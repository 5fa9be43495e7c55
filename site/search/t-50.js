window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[331,332]});
