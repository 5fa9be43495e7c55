window.evidencemapSearch&&evidencemapSearch.terms("pu",{"published":[178],"push":[120],"pushing":[83],"puts":[182,183]});
