window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,255,256,257],"lacrosse":[105,184,185],"lasted":[16],"late":[120,150],"laying":[258,259,260,261]});
