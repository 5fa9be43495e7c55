window.evidencemapSearch&&evidencemapSearch.terms("dy",{"dynamic":[33,2,186,2,218,2],"dysfunction":[31,3,80,3,164,3,183,3,184,3,266,3,267,3,319,3]});
