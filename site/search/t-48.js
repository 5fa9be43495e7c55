window.evidencemapSearch&&evidencemapSearch.terms("48",{"48":[154,2]});
