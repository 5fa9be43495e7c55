window.evidencemapSearch&&evidencemapSearch.terms("ir",{"irritation":[88,2]});
