window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[304,2],"use":[19,2,39,2,77,2,162,2,163,2,165,2,167,2,168,2,274,2,275,2,276,2],"using":[170,2,175,2]});
