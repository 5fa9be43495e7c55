window.evidencemapSearch&&evidencemapSearch.terms("cy",{"cycling":[23],"cyclist":[23]});
