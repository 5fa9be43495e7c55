window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,285,288],"gentle":[38],"getting":[128,319]});
