window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[277],"use":[19,39,77,143,144,146,148,149,247,248,249],"using":[151,156]});
