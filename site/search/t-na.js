window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,2,308,2],"natural":[37,2,39,2,165,2,167,2,168,2,177,2,179,2,199,2,230,2,273,2,302,2,305,2,307,2,308,2],"naturally":[75,2]});
