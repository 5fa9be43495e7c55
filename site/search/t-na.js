window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,180],"natural":[37,39,154,180,195,223,224,225,226,254,255,265],"naturally":[75]});
