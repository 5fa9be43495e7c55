window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[159,270,318,322,323]});
