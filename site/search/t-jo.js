window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,160,161,168,169,170,173,242,243,244,245,290,331],"joints":[37,55,61,62,63,96,114,115,164,173,290,291],"journal":[224]});
