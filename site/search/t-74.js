window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[325,326]});
