window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,344,345,346,347,348,349],"free":[181,182],"freely":[37,55],"front":[30,49]});
