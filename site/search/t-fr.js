window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,246,247,248,249,250,251],"freely":[37,55],"front":[30,49]});
