window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[326,327]});
