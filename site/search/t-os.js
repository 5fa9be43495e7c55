window.evidencemapSearch&&evidencemapSearch.terms("os",{"oswestry":[7,2]});
