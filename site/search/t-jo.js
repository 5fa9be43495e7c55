window.evidencemapSearch&&evidencemapSearch.terms("jo",{"joint":[35,43,61,62,160,167,168,169,237,238,239,240,284,325],"joints":[37,55,61,62,63,96,114,115,163,284,285],"journal":[219]});
