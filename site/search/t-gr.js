window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,155,281],"group":[136,292,293,294,295],"groups":[77]});
