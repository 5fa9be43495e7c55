window.evidencemapSearch&&evidencemapSearch.terms("ei",{"either":[216,2]});
