window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,172,173,307],"upper":[271],"uppers":[147],"upward":[48,183]});
