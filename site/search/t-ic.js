window.evidencemapSearch&&evidencemapSearch.terms("ic",{"ice":[57,3,349,3]});
