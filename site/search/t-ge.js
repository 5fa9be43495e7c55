window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,176,292,295],"gentle":[38],"getting":[128,326]});
