window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[252,253,254],"offers":[273,274],"offset":[9],"often":[30,153,184,185,194,211,240,241,261,262,266,267]});
