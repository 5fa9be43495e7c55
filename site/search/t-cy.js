window.evidencemapSearch&&evidencemapSearch.terms("cy",{"cycling":[23,3],"cyclist":[23,2]});
