window.evidencemapSearch&&evidencemapSearch.terms("fr",{"framingham":[137,349,350,351,352,353,354],"free":[182,183],"freely":[37,55],"front":[30,49]});
