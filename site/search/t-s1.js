window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,2,263,2,264,2,265,2]});
