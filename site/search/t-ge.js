window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,289,292],"gentle":[38],"getting":[128,323]});
