window.evidencemapSearch&&evidencemapSearch.terms("vi",{"virtually":[145]});
