window.evidencemapSearch&&evidencemapSearch.terms("aw",{"away":[170,2]});
