window.evidencemapSearch&&evidencemapSearch.terms("ga",{"gait":[1,17,50,181,201,202,208,212,213,216,268,269,318,319]});
