window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33,158],"dysfunction":[31,80,145,146,150,159,216,217]});
