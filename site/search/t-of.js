window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[195,196,197],"offset":[9],"often":[30,185,186,204,205,210,211]});
