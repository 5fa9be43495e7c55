window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[226],"push":[120],"pushing":[83],"puts":[232,233],"putting":[295]});
