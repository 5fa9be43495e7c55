window.evidencemapSearch&&evidencemapSearch.terms("es",{"especially":[212,213,214,266,267],"essential":[174]});
