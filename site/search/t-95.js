window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[312,313,314,315,320,326,327]});
