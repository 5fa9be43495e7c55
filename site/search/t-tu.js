window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,2,257,2,277,2]});
