window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,158,159,192,193,194],"plantarflexion":[29,44],"planus":[27,43,247]});
