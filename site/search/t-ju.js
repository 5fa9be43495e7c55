window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[150]});
