window.evidencemapSearch&&evidencemapSearch.terms("ev",{"evaluate":[47],"even":[202,203,204,228,229,230,231,232],"everyday":[83],"evidence":[316,317,318,319,321,323],"evident":[165]});
