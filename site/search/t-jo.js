window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,158,165,166,167,233,234,235,236,280,321],"joints":[37,55,61,62,63,96,114,115,161,280,281],"journal":[215]});
