window.evidencemapSearch&&evidencemapSearch.terms("ou",{"our":[146,241],"out":[4,36,92,105],"outgrowths":[53],"outside":[24],"outward":[85,120],"outwards":[85,247]});
