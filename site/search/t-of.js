window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[253,254,255],"offers":[275,276],"offset":[9],"often":[30,153,184,185,194,211,240,241,263,264,268,269]});
