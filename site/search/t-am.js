window.evidencemapSearch&&evidencemapSearch.terms("am",{"amount":[284]});
