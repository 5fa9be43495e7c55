window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,186],"natural":[37,39,156,186,205,233,234,235,236,264,265,275],"naturally":[75]});
