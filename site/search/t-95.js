window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[335,336,337,338,343,349,350]});
