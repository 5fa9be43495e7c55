window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,195],"natural":[37,39,152,153,158,195,214,242,243,244,245,275,276,285],"naturally":[75]});
