window.evidencemapSearch&&evidencemapSearch.terms("ou",{"our":[154,172,285],"out":[4,36,92,105],"outgrowths":[53],"outside":[24],"outsoles":[147],"outward":[85,120],"outwards":[85,294]});
