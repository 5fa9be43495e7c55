window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[168,339,340,342],"work":[3,9,15],"workout":[83],"world":[156],"worse":[291,292],"worsened":[257,258],"worsens":[186,254,257,258]});
