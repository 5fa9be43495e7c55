window.evidencemapSearch&&evidencemapSearch.terms("03",{"03":[284,285]});
