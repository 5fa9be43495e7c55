window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[146,169,170],"enhances":[203],"enhancing":[148],"environment":[146]});
