window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[178,2,180,2,263,2,264,2,265,2],"essential":[320,2]});
