window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[152,239,279]});
