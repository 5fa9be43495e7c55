window.evidencemapSearch&&evidencemapSearch.terms("aw",{"away":[151]});
