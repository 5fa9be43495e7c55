window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[177,2,195,2,219,2]});
