window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[215,2,216,2],"clinic":[15,2,134,1],"clinical":[17,3,241,2],"closely":[343,2]});
