window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,2,224,2],"twisting":[65,2,339,2,340,2]});
