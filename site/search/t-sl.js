window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,277],"sleeping":[110,277],"slower":[233,234]});
