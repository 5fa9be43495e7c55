window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[155,248,249,251],"work":[3,9,15],"workout":[83],"world":[148],"worsened":[210,211],"worsens":[163,206,207,210,211]});
