window.evidencemapSearch&&evidencemapSearch.terms("05",{"05":[154,2]});
