window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[183,184],"clinic":[15,130],"clinical":[17,207],"closely":[307]});
