window.evidencemapSearch&&evidencemapSearch.terms("tu",{"turn":[65,277,284]});
