window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,2,252,2],"twisting":[65,2,212,2,256,2]});
