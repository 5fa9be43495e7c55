window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[162,278,326,330,331]});
