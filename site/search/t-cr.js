window.evidencemapSearch&&evidencemapSearch.terms("cr",{"crafted":[146],"create":[146],"crux":[130,149,150,151,152,153,154,155,156,157,158,159,160,161,162]});
