window.evidencemapSearch&&evidencemapSearch.terms("ge",{"genetics":[51,176,297,300],"gentle":[38],"getting":[128,331]});
