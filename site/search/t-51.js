window.evidencemapSearch&&evidencemapSearch.terms("51",{"51":[153,2]});
