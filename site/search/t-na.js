window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,172],"natural":[37,39,150,172,186,206,207,208,209,243],"naturally":[75]});
