window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clear":[196,197],"clinic":[15,130],"clinical":[17,222],"closely":[324]});
