window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[216,217,218,270,271],"essential":[176]});
