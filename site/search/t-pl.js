window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,171,172,238,239,240,241,242,252,253],"plantarflexion":[29,44],"planus":[27,43,338]});
