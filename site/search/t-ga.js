window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,3,17,2,50,3,156,3,198,3,199,2,212,2,245,3,256,2,309,2,313,3,320,3]});
