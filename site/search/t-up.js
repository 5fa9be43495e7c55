window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,183,184,204,327],"upper":[290],"uppers":[147],"upward":[48,193,198]});
