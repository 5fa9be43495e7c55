window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,323],"sleeping":[110,323],"slower":[270,271]});
