window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,296,297,298,299,300,301],"free":[162,163],"freely":[37,55],"front":[30,49]});
