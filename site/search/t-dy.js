window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33],"dysfunction":[31,80,142,143,144,152,194,195]});
