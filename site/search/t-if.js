window.evidencemapSearch&&evidencemapSearch.terms("if",{"if":[181,2,301,2,349,2,353,2,354,2]});
