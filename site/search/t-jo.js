window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,162,163,164,229,230,231,232,276,316],"joints":[37,55,61,62,63,96,114,115,158,276,277],"journal":[211]});
