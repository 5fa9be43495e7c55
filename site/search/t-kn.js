window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73],"knee":[64],"knees":[61,65,165,166,167,185,277,283],"know":[174]});
