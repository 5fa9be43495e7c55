window.evidencemapSearch&&evidencemapSearch.terms("au",{"authors":[155,2]});
