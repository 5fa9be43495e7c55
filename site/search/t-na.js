window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,194],"natural":[37,39,152,153,158,194,213,241,242,243,244,272,273,282],"naturally":[75]});
