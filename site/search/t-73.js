window.evidencemapSearch&&evidencemapSearch.terms("73",{"73":[147,2]});
