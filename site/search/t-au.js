window.evidencemapSearch&&evidencemapSearch.terms("au",{"authors":[354]});
