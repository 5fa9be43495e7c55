window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101],"lack":[39,214,215,216],"lacrosse":[105,164,165],"lasted":[16],"late":[120,144],"laying":[217,218,219]});
