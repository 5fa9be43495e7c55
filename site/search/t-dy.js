window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33],"dysfunction":[31,80,145,146,148,156,212,213]});
