window.evidencemapSearch&&evidencemapSearch.terms("is",{"isn":[58,156,289,290],"issue":[321,322,323],"issues":[0,31,91,115,216,217,238,239,240,241,242,266,267]});
