window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[269],"use":[19,39,77,143,144,146,239,240,241],"using":[149,152]});
