window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[162,280,328,332,333]});
