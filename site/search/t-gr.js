window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,166,324],"group":[136,337,338,339,340],"groups":[77]});
