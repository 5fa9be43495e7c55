window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[162,282,330,334,335]});
