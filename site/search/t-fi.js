window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26,2],"fibrotic":[26,3,174,3,175,3],"fibrous":[26,2,184,2,185,2]});
