window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,167,328],"group":[136,341,342,343,344],"groups":[77]});
