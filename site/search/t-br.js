window.evidencemapSearch&&evidencemapSearch.terms("br",{"brace":[14],"braces":[14,24],"brand":[11],"breadth":[45,315,316],"broad":[45],"brought":[86]});
