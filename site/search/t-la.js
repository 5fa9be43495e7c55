window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101,147],"lack":[39,251,252,253],"lacrosse":[105,183,184],"lasted":[16],"late":[120,150],"laying":[254,255,256]});
