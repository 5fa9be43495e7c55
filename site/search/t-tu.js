window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,273,280]});
