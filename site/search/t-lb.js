window.evidencemapSearch&&evidencemapSearch.terms("lb",{"lbp":[71,2,130,2,131,1,132,2]});
