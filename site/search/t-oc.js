window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[239,2,262,2]});
