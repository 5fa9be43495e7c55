window.evidencemapSearch&&evidencemapSearch.terms("kn",{"kneading":[73,2],"knee":[64,3],"knees":[61,2,65,2,187,2,188,2,189,2,213,2,308,2,314,2],"know":[200,2]});
