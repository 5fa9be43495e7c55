window.evidencemapSearch&&evidencemapSearch.terms("cr",{"crafted":[150],"create":[150,198],"crux":[130,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176]});
