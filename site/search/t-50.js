window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[286,287]});
