window.evidencemapSearch&&evidencemapSearch.terms("sn",{"snug":[101,2,166,2]});
