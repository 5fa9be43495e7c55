window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[335,336]});
