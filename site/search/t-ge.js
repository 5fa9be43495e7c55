window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,3,195,3,316,3,319,3],"gentle":[38,2],"getting":[128,2,350,2]});
