window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[208,209,210,262,263],"essential":[170]});
