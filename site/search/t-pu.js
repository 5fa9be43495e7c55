window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[205],"push":[120],"pushing":[83],"puts":[211,212],"putting":[271]});
