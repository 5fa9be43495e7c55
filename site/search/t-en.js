window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[154,207,208],"enhances":[255],"enhancing":[158],"environment":[154]});
