window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,173,174,192,315],"upper":[279],"uppers":[147],"upward":[48,181,186]});
