window.evidencemapSearch&&evidencemapSearch.terms("s1",{"s1":[79,216,217,218]});
