window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[220],"use":[19,39,77,140,141,143,195,196,197],"using":[145]});
