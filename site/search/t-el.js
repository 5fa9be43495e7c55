window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,193,206]});
