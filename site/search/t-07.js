window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[347,348]});
