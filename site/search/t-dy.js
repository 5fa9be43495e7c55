window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33,160,161],"dysfunction":[31,80,145,146,150,162,227,228]});
