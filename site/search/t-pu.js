window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[193],"push":[120],"pushing":[83],"puts":[199]});
