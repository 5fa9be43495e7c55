window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73],"knee":[64],"knees":[61,65,168,169,170,194,289,295],"know":[181]});
