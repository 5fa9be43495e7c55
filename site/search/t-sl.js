window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,316],"sleeping":[110,316],"slower":[262,263]});
