window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[171,351,352,354],"work":[3,9,15],"workout":[83],"world":[158],"worse":[303,304],"worsened":[270,271],"worsens":[195,267,270,271]});
