window.evidencemapSearch&&evidencemapSearch.terms("vi",{"virtually":[164,2]});
