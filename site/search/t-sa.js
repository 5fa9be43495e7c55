window.evidencemapSearch&&evidencemapSearch.terms("sa",{"safest":[302,2],"safety":[315,2],"said":[87,2,113,2],"sand":[104,2],"sandy":[104,2],"say":[141,3,143,3,146,3,148,3,149,3,150,3,152,3]});
