window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[245,246]});
