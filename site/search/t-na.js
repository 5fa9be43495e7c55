window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,163],"natural":[37,39,148,163,171,187,188,189,190,221],"naturally":[75],"nature":[219]});
