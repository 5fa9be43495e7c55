window.evidencemapSearch&&evidencemapSearch.terms("sn",{"snug":[101,147]});
