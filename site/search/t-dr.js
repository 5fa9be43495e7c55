window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,213],"drop":[30,220,221,222]});
