window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[268,269]});
