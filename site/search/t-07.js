window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[346,347]});
