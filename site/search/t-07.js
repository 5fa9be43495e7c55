window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[351,352]});
