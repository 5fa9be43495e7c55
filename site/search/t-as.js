window.evidencemapSearch&&evidencemapSearch.terms("as",{"aside":[311],"ask":[154],"assess":[17],"assessment":[17],"assist":[270,305,308,309,311],"associated":[339,340],"association":[337,338,341]});
