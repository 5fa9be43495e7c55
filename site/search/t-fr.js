window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,332,333,334,335,336,337],"free":[171,172],"freely":[37,55],"front":[30,49]});
