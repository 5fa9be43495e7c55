window.evidencemapSearch&&evidencemapSearch.terms("sl",{"sleep":[110,303],"sleeping":[110,303],"slower":[252,253]});
