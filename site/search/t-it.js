window.evidencemapSearch&&evidencemapSearch.terms("it",{"itself":[115,2]});
