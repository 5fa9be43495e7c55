window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[154,212,213],"enhances":[262],"enhancing":[158],"environment":[154]});
