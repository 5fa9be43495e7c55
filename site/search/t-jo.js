window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,153,154,156,187,188,189,190,223,237],"joints":[37,55,61,62,63,96,114,115,151,156,223,224],"journal":[178]});
