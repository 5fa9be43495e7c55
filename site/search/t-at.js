window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[283,284],"atrophy":[40,233,234,235]});
