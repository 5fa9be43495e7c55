window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[334,335]});
