window.evidencemapSearch&&evidencemapSearch.terms("22",{"22":[147,2]});
