window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[312,313,314,315,320,326,327],"circles":[9],"circulation":[93,223,224,225,226,236,237,238,241,252,253]});
