window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,3,232,3,233,3],"gentle":[38,2],"getting":[128,2,260,2]});
