window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[150,199,200],"enhances":[247],"enhancing":[154],"environment":[150]});
