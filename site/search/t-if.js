window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[150,217]});
