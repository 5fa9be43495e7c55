window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[284,285]});
