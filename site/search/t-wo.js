window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[165,326,327,329],"work":[3,9,15],"workout":[83],"world":[154],"worse":[279,280],"worsened":[247,248],"worsens":[180,244,247,248]});
