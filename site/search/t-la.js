window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,247,248,249],"lacrosse":[105,179,180],"lasted":[16],"late":[120,150],"laying":[250,251,252]});
