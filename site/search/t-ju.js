window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[148]});
