window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,273,276],"gentle":[38],"getting":[128,306]});
