window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51],"gentle":[38],"getting":[128,280]});
