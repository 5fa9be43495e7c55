window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,182],"natural":[37,39,154,182,201,229,230,231,232,260,261,271],"naturally":[75]});
