window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[259,2],"push":[120,2],"pushing":[83,2],"puts":[279,2,280,2],"putting":[258,2]});
