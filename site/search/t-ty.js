window.evidencemapSearch&&evidencemapSearch.terms("ty",{"type":[43,2,132,2]});
