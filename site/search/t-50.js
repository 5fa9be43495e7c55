window.evidencemapSearch&&evidencemapSearch.terms("50",{"50":[327,328]});
