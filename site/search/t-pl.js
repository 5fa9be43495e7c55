window.evidencemapSearch&&evidencemapSearch.terms("pl",{"plantar":[44,88,89,173,174,242,243,244,245,246,256,257],"plantarflexion":[29,44],"planus":[27,43,342]});
