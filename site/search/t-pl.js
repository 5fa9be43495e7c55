window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,177,178,246,247,248,249,250,260,261],"plantarflexion":[29,44],"planus":[27,43,345]});
