window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,214],"drop":[30,221,222,223]});
