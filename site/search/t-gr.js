window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,167,327],"group":[136,340,341,342,343],"groups":[77]});
