window.evidencemapSearch&&evidencemapSearch.terms("au",{"authors":[156,2]});
