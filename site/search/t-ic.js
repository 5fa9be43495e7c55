window.evidencemapSearch&&evidencemapSearch.terms("ic",{"ice":[57,3,235,3]});
