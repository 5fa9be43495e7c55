window.evidencemapSearch&&evidencemapSearch.terms("af",{"affects":[63,2],"after":[99,2,153,2]});
