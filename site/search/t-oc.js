window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[292,293]});
