window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,167,169,170,173,210,211,232]});
