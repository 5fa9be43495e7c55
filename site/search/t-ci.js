window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[320,321,322,323,328,334,335],"circles":[9],"circulation":[93,229,230,231,232,242,243,244,247,258,259]});
