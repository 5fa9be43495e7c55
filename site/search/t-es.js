window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[176,177]});
