window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26,2],"fibrotic":[26,3,190,3,318,3],"fibrous":[26,2,299,2,300,2]});
