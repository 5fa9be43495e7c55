window.evidencemapSearch&&evidencemapSearch.terms("ai",{"ailments":[322]});
