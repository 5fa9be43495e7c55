window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,161,307],"group":[136,320,321,322,323],"groups":[77]});
