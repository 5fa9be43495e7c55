window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[332,333,334,335,340,346,347],"circles":[9],"circulation":[93,241,242,243,244,254,255,256,259,270,271]});
