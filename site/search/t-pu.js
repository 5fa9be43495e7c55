window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[215],"push":[120],"pushing":[83],"puts":[221,222],"putting":[283]});
