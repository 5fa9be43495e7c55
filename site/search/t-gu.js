window.evidencemapSearch&&evidencemapSearch.terms("gu",{"guarding":[78,2]});
