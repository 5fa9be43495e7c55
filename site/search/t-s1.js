window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,176,177]});
