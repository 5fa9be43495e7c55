window.evidencemapSearch&&evidencemapSearch.terms("lb",{"lbp":[71]});
