window.evidencemapSearch&&evidencemapSearch.terms("aw",{"away":[173,2]});
