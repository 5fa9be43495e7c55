window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,191,192]});
