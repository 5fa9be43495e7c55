window.evidencemapSearch&&evidencemapSearch.terms("to",{"today":[236],"toe":[37,38,70,75,101,163],"toes":[37,38,49,70,76],"tone":[78,167,168],"too":[84,85,109,152],"tool":[32],"toward":[215]});
