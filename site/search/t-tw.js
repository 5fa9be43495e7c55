window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,196],"twisting":[65,308,309]});
