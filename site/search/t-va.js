window.evidencemapSearch&&evidencemapSearch.terms("va",{"varied":[89],"various":[322]});
