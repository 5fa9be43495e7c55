window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73,2],"knee":[64,3],"knees":[61,2,65,2,254,2,258,2,274,2,276,2,277,2,278,2],"know":[320,2]});
