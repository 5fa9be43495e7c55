window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,345,346,347,348,349,350],"free":[182,183],"freely":[37,55],"front":[30,49]});
