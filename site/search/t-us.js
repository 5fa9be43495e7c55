window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[263],"use":[19,39,77,143,144,146,233,234,235],"using":[149,152]});
