window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,171],"drop":[30,176,177]});
