window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,324,325,326,327,328,329],"free":[170,171],"freely":[37,55],"front":[30,49]});
