window.evidencemapSearch&&evidencemapSearch.terms("am",{"amount":[301,2]});
