window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73],"knee":[64],"knees":[61,65,167,168,169,189,281,287],"know":[176]});
