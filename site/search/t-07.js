window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[339,340]});
