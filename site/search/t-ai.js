window.evidencemapSearch&&evidencemapSearch.terms("ai",{"ailments":[341,2]});
