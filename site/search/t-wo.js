window.evidencemapSearch&&evidencemapSearch.terms("wo",{"women":[165,334,335,337],"work":[3,9,15],"workout":[83],"world":[154],"worse":[287,288],"worsened":[253,254],"worsens":[182,250,253,254]});
