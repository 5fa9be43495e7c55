window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,239,240,241],"lacrosse":[105,173,174],"lasted":[16],"late":[120,148],"laying":[242,243,244]});
