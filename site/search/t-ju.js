window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[156,191]});
