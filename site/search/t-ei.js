window.evidencemapSearch&&evidencemapSearch.terms("ei",{"either":[174]});
