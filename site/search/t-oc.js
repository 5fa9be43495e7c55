window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[276,277]});
