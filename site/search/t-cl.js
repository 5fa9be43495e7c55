window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[187,188],"clinic":[15,130],"clinical":[17,211],"closely":[312]});
