window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,176,295,298],"gentle":[38],"getting":[128,329]});
