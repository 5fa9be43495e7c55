window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[158,195]});
