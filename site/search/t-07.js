window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[153,2]});
