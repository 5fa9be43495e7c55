window.evidencemapSearch&&evidencemapSearch.terms("wr",{"wraps":[14,2]});
