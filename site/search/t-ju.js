window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[154,187]});
