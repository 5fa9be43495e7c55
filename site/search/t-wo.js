window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[170,343,344,346],"work":[3,9,15],"workout":[83],"world":[158],"worse":[295,296],"worsened":[261,262],"worsens":[190,258,261,262]});
