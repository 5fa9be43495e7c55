window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[332,333,334,335,340,346,347]});
