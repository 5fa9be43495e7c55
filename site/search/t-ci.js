window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[335,336,337,338,343,349,350],"circles":[9],"circulation":[93,242,243,244,245,256,257,258,259,262,273,274]});
