window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,220,221,222]});
