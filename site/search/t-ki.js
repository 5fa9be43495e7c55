window.evidencemapSearch&&evidencemapSearch.terms("ki",{"kinetic":[63,131,151,163,164,165,166,167,168,169,170,171,172,173]});
