window.evidencemapSearch&&evidencemapSearch.terms("at",{"athlete":[291,292],"atrophy":[40,239,240,241]});
