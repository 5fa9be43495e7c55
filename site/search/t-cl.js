window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[250,2,251,2],"clinic":[15,2,134,1],"clinical":[17,3,185,2],"closely":[157,2]});
