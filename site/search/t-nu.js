window.evidencemapSearch&&evidencemapSearch.terms("nu",{"nutshell":[319]});
