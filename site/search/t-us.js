window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[283],"use":[19,39,77,143,144,146,148,149,253,254,255],"using":[151,156]});
