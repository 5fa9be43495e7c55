window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[174,175],"clinic":[15,130],"clinical":[17,190],"closely":[273]});
