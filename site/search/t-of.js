window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[251,252,253],"offers":[272,273],"offset":[9],"often":[30,153,183,184,193,210,239,240,260,261,265,266]});
