window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110],"sleeping":[110],"slower":[214]});
