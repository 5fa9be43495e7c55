window.evidencemapSearch&&evidencemapSearch.terms("gr",{"gradual":[62],"ground":[103,108,164,320],"group":[136,333,334,335,336],"groups":[77]});
