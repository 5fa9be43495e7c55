window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[170,2,210,2,235,2,243,2,267,2]});
