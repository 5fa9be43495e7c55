window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,167,168,234,235,236,237,238,248,249],"plantarflexion":[29,44],"planus":[27,43,333]});
