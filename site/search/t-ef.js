window.evidencemapSearch&&evidencemapSearch.terms("ef",{"effect":[312,313,314,315],"effectiveness":[135,312,313,314,315,316,317,318,319],"efficient":[193,194],"efficiently":[181,182]});
