window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[221,222,223,275,276],"essential":[181]});
