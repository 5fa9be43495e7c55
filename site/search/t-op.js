window.evidencemapSearch&&evidencemapSearch.terms("op",{"operative":[122,2],"opposed":[33,2,115,2],"opposing":[77,2],"opposite":[3,2],"optimal":[89,2]});
