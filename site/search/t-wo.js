window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[158,298,299,301],"work":[3,9,15],"workout":[83],"world":[150],"worse":[253,254],"worsened":[228,229],"worsens":[172,225,228,229]});
