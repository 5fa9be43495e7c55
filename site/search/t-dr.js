window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,205],"drop":[30,212,213,214]});
