window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26],"fibrotic":[26,155,156],"fibrous":[26,165,166]});
