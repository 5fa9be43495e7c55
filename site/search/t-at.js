window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[299,300],"atrophy":[40,247,248,249]});
