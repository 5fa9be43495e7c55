window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[255,256,257],"offers":[277,278],"offset":[9],"often":[30,153,184,185,194,211,242,243,265,266,270,271]});
