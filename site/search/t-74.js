window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[332,333]});
