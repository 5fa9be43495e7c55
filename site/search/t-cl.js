window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[195,196],"clinic":[15,130],"clinical":[17,219],"closely":[319]});
