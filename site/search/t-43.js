window.evidencemapSearch&&evidencemapSearch.terms("43",{"43":[147,2]});
