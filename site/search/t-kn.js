window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73],"knee":[64],"knees":[61,65,162,163,164,271]});
