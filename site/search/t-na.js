window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,190],"natural":[37,39,152,153,158,190,209,237,238,239,240,268,269,279],"naturally":[75]});
