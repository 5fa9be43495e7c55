window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[171,346,347,349],"work":[3,9,15],"workout":[83],"world":[158],"worse":[298,299],"worsened":[265,266],"worsens":[194,262,265,266]});
