window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,177,178,249,250,251,252,253,254,265,266],"plantarflexion":[29,44],"planus":[27,43,350]});
