window.evidencemapSearch&&evidencemapSearch.terms("dr",{"drills":[38,201],"drop":[30,208,209,210]});
