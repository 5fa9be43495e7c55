window.evidencemapSearch&&evidencemapSearch.terms("30",{"30":[82,2]});
