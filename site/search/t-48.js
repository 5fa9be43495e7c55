window.evidencemapSearch&&evidencemapSearch.terms("48",{"48":[153,2]});
