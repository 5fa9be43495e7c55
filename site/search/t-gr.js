window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62,2],"ground":[103,2,108,2,186,2,351,2],"group":[131,1,147,1,148,1,149,1,150,1],"groups":[77,2]});
