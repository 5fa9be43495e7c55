window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,156,157,206,207,208,209,245,282],"joints":[37,55,61,62,63,96,114,115,154,245,246],"journal":[193]});
