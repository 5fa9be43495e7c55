window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,180,200,201,207,211,212,215,265,266,315,316]});
