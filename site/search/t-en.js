window.evidencemapSearch&&evidencemapSearch.terms("en",{"endings":[89,2,106,2],"enhance":[173,2,233,2,234,2],"enhances":[283,2],"enhancing":[177,2],"environment":[173,2]});
