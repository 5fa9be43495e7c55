window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,2,199,2],"drop":[30,3,263,3,264,2,265,2]});
