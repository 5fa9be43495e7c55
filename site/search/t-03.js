window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[329,330]});
