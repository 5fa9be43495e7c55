window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[191,192,235,236]});
