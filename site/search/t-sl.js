window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,2,234,2],"sleeping":[110,3,234,3],"slower":[287,2,288,2]});
