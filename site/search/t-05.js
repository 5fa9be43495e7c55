window.evidencemapSearch&&evidencemapSearch.terms("05",{"05":[153,2]});
