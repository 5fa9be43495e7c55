window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,2,242,2,243,2,244,2]});
