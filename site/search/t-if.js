window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[161,274,322,326,327]});
