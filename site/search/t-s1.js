window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,202,203,204]});
