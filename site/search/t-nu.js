window.evidencemapSearch&&evidencemapSearch.terms("nu",{"nutshell":[211,2]});
