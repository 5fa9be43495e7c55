window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[219],"push":[120],"pushing":[83],"puts":[225,226],"putting":[287]});
