window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[223,224]});
