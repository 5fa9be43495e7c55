window.evidencemapSearch&&evidencemapSearch.terms("na",{"narrow":[101,2,214,2],"natural":[37,2,39,2,171,2,172,2,177,2,214,2,235,2,263,2,264,2,265,2,266,2,296,2,297,2,306,2],"naturally":[75,2]});
