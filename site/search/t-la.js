window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,243,244,245],"lacrosse":[105,177,178],"lasted":[16],"late":[120,150],"laying":[246,247,248]});
