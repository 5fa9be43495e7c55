window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[298,299]});
