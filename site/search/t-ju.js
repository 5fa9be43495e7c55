window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[158,176,200]});
