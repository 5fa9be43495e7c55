window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[154,211,212],"enhances":[259],"enhancing":[158],"environment":[154]});
