window.evidencemapSearch&&evidencemapSearch.terms("cr",{"crafted":[146],"create":[146,183],"crux":[130,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167]});
