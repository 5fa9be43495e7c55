window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[335,336]});
