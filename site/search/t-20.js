window.evidencemapSearch&&evidencemapSearch.terms("20",{"2024":[174,2]});
