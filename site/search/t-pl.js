window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,167,168,228,229,230,231,232,242,243],"plantarflexion":[29,44],"planus":[27,43,325]});
