window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,160,161,168,169,170,173,244,245,246,247,292,333],"joints":[37,55,61,62,63,96,114,115,164,173,292,293],"journal":[226]});
