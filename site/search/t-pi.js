window.evidencemapSearch&&evidencemapSearch.terms("pi",{"pinched":[79,2]});
