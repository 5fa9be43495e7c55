window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[139,2,140,2]});
