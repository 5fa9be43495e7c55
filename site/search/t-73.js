window.evidencemapSearch&&evidencemapSearch.terms("73",{"73":[145,2]});
