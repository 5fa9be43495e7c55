window.evidencemapSearch&&evidencemapSearch.terms("am",{"amount":[305,2]});
