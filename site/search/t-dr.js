window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,2,235,2],"drop":[30,3,242,2,243,2,244,3]});
