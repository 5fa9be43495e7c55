window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,197,210]});
