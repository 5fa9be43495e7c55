window.evidencemapSearch&&evidencemapSearch.terms("lu",{"lumbar":[14,71,72,112,113,205,226]});
