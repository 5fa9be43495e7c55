window.evidencemapSearch&&evidencemapSearch.terms("ev",{"evaluate":[47],"even":[176,177,192,193,194],"everyday":[83],"evidence":[241,242,244],"evident":[155]});
