window.evidencemapSearch&&evidencemapSearch.terms("tw",{"twist":[112,192],"twisting":[65,304]});
