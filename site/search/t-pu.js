window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[211],"push":[120],"pushing":[83],"puts":[217,218],"putting":[279]});
