window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112],"twisting":[65,296]});
