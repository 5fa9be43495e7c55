window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[214,215,216],"offset":[9],"often":[30,164,165,183,204,205,223,224,228,229]});
