window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[243,244,245],"offers":[264,265],"offset":[9],"often":[30,177,178,185,202,231,232,252,253,257,258]});
