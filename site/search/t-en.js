window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[150,193,194],"enhances":[241],"enhancing":[154],"environment":[150]});
