window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[221,222,223,277,278],"essential":[181]});
