window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,223,224,225]});
