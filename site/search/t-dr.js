window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,216],"drop":[30,223,224,225]});
