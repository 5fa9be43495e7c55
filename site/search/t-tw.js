window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,200],"twisting":[65,312,313]});
