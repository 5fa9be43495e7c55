window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[285],"use":[19,39,77,143,144,146,148,149,255,256,257],"using":[151,156]});
