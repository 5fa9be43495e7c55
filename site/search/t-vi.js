window.evidencemapSearch&&evidencemapSearch.terms("vi",{"virtually":[266,2]});
