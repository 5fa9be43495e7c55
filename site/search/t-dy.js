window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33,160],"dysfunction":[31,80,145,146,150,161,220,221]});
