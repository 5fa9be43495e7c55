window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[242,2,243,2,244,2,298,2,299,2],"essential":[200,2]});
