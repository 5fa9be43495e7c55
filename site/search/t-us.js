window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[280],"use":[19,39,77,143,144,146,148,149,251,252,253],"using":[151,156]});
