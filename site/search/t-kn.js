window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73],"knee":[64],"knees":[61,65,162,163,164,181,273,279],"know":[170]});
