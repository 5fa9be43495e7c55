window.evidencemapSearch&&evidencemapSearch.terms("op",{"operative":[122],"opposed":[33,115],"opposing":[77],"opposite":[3],"optimal":[89]});
