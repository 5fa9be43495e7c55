window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[156,266,313,317,318]});
