window.evidencemapSearch&&evidencemapSearch.terms("us",{"us":[241],"use":[19,39,77,140,141,143,214,215,216],"using":[145,148]});
