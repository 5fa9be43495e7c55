window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,167,332],"group":[136,345,346,347,348],"groups":[77]});
