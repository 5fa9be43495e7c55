window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,208,209,210]});
