window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,233,234,235],"lacrosse":[105,172,173],"lasted":[16],"late":[120,148],"laying":[236,237,238]});
