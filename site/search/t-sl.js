window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,328],"sleeping":[110,328],"slower":[275,276]});
