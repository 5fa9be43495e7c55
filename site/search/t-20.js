window.evidencemapSearch&&evidencemapSearch.terms("20",{"2024":[267,2]});
