window.evidencemapSearch&&evidencemapSearch.terms("nu",{"nutshell":[317]});
