window.evidencemapSearch&&evidencemapSearch.terms("ai",{"ailments":[172,2]});
