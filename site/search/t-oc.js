window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[311,2,312,2]});
