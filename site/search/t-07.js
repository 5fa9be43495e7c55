window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[248,249]});
