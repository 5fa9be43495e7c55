window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[223,224,225,279,280],"essential":[181]});
