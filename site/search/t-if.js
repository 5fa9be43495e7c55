window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[156,260,305,309,310]});
