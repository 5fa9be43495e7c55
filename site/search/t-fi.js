window.evidencemapSearch&&evidencemapSearch.terms("fi",{"fibrosis":[26],"fibrotic":[26,153,154],"fibrous":[26,162,163]});
