window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,212,213,214]});
