window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[325,326,327,328,333,339,340]});
