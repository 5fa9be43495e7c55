window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[191,192],"clinic":[15,130],"clinical":[17,215],"closely":[316]});
