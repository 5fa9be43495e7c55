window.evidencemapSearch&&evidencemapSearch.terms("el",{"elsewhere":[18,198,211]});
