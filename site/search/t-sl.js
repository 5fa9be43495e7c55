window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,326],"sleeping":[110,326],"slower":[273,274]});
