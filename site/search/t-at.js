window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[295,296],"atrophy":[40,243,244,245]});
