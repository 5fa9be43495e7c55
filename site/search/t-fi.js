window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26],"fibrotic":[26,151,152],"fibrous":[26,159,160]});
