window.evidencemapSearch&&evidencemapSearch.terms("va",{"varied":[89,2],"various":[172,2]});
