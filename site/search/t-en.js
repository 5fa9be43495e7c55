window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[154,214,215],"enhances":[264],"enhancing":[158],"environment":[154]});
