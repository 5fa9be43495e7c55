window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,2,347,2],"sleeping":[110,3,347,3],"slower":[294,2,295,2]});
