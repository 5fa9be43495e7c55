window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[220,221,222,274,275],"essential":[180]});
