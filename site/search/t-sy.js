window.evidencemapSearch&&evidencemapSearch.terms("sy",{"symptoms":[71,221,222,327],"system":[35,63,80,89,106,107,143,144,181,182,189,190,192],"systematic":[135,312,313,314,315,316,317,318,319]});
