window.evidencemapSearch&&evidencemapSearch.terms("oc",{"occurs":[287,288]});
