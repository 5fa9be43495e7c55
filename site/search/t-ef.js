window.evidencemapSearch&&evidencemapSearch.terms("ef",{"effect":[320,321,322,323],"effectiveness":[135,320,321,322,323,324,325,326,327],"efficient":[199,200],"efficiently":[183,184]});
