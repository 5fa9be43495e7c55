window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62,2],"ground":[103,2,108,2,212,2,296,2],"group":[131,1,145,1,146,1,149,1,150,1],"groups":[77,2]});
