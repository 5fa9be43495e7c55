window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[333,334,335,336,341,347,348]});
