window.evidencemapSearch&&evidencemapSearch.terms("sa",{"safest":[171,2],"safety":[230,2],"said":[87,2,113,2],"sand":[104,2],"sandy":[104,2],"say":[143,3,144,3,145,3,146,3,148,3,149,3,150,3]});
