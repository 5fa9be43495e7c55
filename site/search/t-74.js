window.evidencemapSearch&&evidencemapSearch.terms("74",{"74":[284,285]});
