window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[314,315]});
