window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,2,217,2,230,2]});
