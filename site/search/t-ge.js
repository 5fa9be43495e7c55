window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,281,284],"gentle":[38],"getting":[128,314]});
