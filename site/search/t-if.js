window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[162,277,325,329,330]});
