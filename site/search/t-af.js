window.evidencemapSearch&&evidencemapSearch.terms("af",{"affects":[63],"after":[99,352]});
