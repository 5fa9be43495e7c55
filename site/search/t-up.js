window.evidencemapSearch&&evidencemapSearch.terms("up",{"up":[2,18,48,112,119,177,178,196,320],"upper":[283],"uppers":[147],"upward":[48,185,190]});
