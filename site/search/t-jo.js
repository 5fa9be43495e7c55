window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,162,163,164,223,224,225,226,268,308],"joints":[37,55,61,62,63,96,114,115,158,268,269],"journal":[205]});
