window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,167,330],"group":[136,343,344,345,346],"groups":[77]});
