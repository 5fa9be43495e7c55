window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[245,2],"push":[120,2],"pushing":[83,2],"puts":[251,2,252,2],"putting":[314,2]});
