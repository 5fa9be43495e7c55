window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[224],"push":[120],"pushing":[83],"puts":[230,231],"putting":[293]});
