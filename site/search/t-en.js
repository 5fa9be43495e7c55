window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[152,203,204],"enhances":[251],"enhancing":[156],"environment":[152]});
