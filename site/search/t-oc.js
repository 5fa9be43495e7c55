window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[280,281]});
