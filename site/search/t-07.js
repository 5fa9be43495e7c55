window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[349,350]});
