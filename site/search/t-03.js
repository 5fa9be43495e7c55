window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[325,326]});
