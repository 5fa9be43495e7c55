window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26],"fibrotic":[26,147,148],"fibrous":[26]});
