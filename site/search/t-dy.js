window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33,2,179,2,180,2],"dysfunction":[31,3,80,3,164,3,165,3,169,3,181,3,246,3,247,3]});
