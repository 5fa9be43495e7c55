window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[290,291]});
