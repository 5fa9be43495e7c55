window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,341,342,343,344,345,346],"free":[177,178],"freely":[37,55],"front":[30,49]});
