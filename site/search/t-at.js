window.evidencemapSearch&&evidencemapSearch.terms("at",{"atrophy":[40,195,196,197]});
