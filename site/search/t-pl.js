window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,177,178,247,248,249,250,251,252,263,264],"plantarflexion":[29,44],"planus":[27,43,348]});
