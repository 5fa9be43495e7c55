window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[329,330]});
