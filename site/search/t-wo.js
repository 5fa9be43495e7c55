window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[171,347,348,350],"work":[3,9,15],"workout":[83],"world":[158],"worse":[299,300],"worsened":[266,267],"worsens":[195,263,266,267]});
