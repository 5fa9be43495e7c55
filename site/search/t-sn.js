window.evidencemapSearch&&evidencemapSearch.terms("sn",{"snug":[101,2,306,2]});
