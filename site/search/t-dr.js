window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,195],"drop":[30,202,203,204]});
