window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[233,234,235],"offers":[254,255],"offset":[9],"often":[30,172,173,192,221,222,242,243,247,248]});
