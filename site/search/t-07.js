window.evidencemapSearch&&evidencemapSearch.terms("07",{"07":[343,344]});
