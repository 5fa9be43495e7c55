window.evidencemapSearch&&evidencemapSearch.terms("ty",{"type":[43]});
