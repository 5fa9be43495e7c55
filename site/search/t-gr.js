window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,152,236],"group":[136,243,244,245],"groups":[77]});
