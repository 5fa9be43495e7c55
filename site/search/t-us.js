window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[273],"use":[19,39,77,143,144,146,148,149,243,244,245],"using":[151,154]});
