window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,2,106,2],"enhance":[161,2,198,2,199,2],"enhances":[181,2],"enhancing":[230,2],"environment":[161,2]});
