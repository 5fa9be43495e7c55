window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,176,293,296],"gentle":[38],"getting":[128,327]});
