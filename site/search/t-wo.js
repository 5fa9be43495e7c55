window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[171,349,350,352],"work":[3,9,15],"workout":[83],"world":[158],"worse":[301,302],"worsened":[268,269],"worsens":[195,265,268,269]});
