window.evidencemapSearch&&evidencemapSearch.terms("ei",{"either":[193,2]});
