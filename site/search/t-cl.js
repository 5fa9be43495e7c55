window.evidencemapSearch&&evidencemapSearch.terms("cl",{"clinic":[15,130],"clinical":[17,175],"closely":[235]});
