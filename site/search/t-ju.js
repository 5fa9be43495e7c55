window.evidencemapSearch&&evidencemapSearch.terms("ju",{"just":[230,2,233,2,248,2]});
