window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,209],"drop":[30,216,217,218]});
