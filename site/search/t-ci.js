window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[333,334,335,336,341,347,348],"circles":[9],"circulation":[93,242,243,244,245,255,256,257,260,271,272]});
