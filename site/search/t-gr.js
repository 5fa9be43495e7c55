window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,161,315],"group":[136,328,329,330,331],"groups":[77]});
