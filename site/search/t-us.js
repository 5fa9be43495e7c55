window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[281],"use":[19,39,77,143,144,146,148,149,252,253,254],"using":[151,156]});
