window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,281,288]});
