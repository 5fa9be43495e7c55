window.evidencemapSearch&&evidencemapSearch.terms("hu",{"human":[63,2]});
