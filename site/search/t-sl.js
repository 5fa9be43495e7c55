window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,324],"sleeping":[110,324],"slower":[271,272]});
