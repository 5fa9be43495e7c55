window.evidencemapSearch&&evidencemapSearch.terms("am",{"amount":[286]});
