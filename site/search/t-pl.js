window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,159,160,211,212,213,223,224],"plantarflexion":[29,44],"planus":[27,43,297]});
