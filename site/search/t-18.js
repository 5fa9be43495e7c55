window.evidencemapSearch&&evidencemapSearch.terms("18",{"1890s":[184,2]});
