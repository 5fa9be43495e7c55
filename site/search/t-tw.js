window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,204],"twisting":[65,315,316]});
