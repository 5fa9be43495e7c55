window.evidencemapSearch&&evidencemapSearch.terms("ic",{"ice":[57,330]});
