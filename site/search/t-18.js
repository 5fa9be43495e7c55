window.evidencemapSearch&&evidencemapSearch.terms("18",{"1890s":[169,2]});
