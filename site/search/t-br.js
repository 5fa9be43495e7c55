window.evidencemapSearch&&evidencemapSearch.terms("br",{"brace":[14,2],"braces":[14,3,24,2],"brand":[11,2],"breadth":[45,2,132,1,228,2,229,2],"broad":[45,2],"brought":[86,2]});
