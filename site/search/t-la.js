window.evidencemapSearch&&evidencemapSearch.terms("la",{"laced":[75],"lacing":[101],"lack":[39,195,196,197],"lacrosse":[105],"lasted":[16],"late":[120,144],"laying":[198,199,200]});
