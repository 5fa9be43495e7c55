window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[239,240,241],"offers":[260,261],"offset":[9],"often":[30,173,174,181,198,227,228,248,249,253,254]});
