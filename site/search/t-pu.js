window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[223],"push":[120],"pushing":[83],"puts":[229,230],"putting":[290]});
