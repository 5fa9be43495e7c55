window.evidencemapSearch&&evidencemapSearch.terms("si",{"significant":[329,330,331,332],"significantly":[173,174],"simple":[126],"since":[150,278],"single":[9],"site":[112],"sitting":[109,187]});
