window.evidencemapSearch&&evidencemapSearch.terms("43",{"43":[145,2]});
