window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,311],"sleeping":[110,311],"slower":[258,259]});
