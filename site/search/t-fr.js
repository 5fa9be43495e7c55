window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,337,338,339,340,341,342],"free":[175,176],"freely":[37,55],"front":[30,49]});
