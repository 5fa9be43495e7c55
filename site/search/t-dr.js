window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,186],"drop":[30,191,192]});
