window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,106],"enhance":[146,184,185],"enhances":[222],"enhancing":[150],"environment":[146]});
