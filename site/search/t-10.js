window.evidencemapSearch&&evidencemapSearch.terms("10",{"10":[153,2]});
