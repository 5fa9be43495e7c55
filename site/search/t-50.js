window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[335,336]});
