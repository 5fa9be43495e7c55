window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,195],"natural":[37,39,152,153,158,195,216,244,245,246,247,277,278,287],"naturally":[75]});
