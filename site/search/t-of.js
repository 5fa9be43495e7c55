window.evidencemapSearch&&evidencemapSearch.terms("of",{"off":[60,120],"offer":[247,248,249],"offers":[268,269],"offset":[9],"often":[30,153,179,180,189,206,235,236,256,257,261,262]});
