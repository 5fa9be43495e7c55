window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,221,222,223]});
