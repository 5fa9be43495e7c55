window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,205],"twisting":[65,320,321]});
