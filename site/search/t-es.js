window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[202,203,204,256,257]});
