window.evidencemapSearch&&evidencemapSearch.terms("nu",{"nutshell":[338,2]});
