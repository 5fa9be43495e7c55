window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[288,289]});
