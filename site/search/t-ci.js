window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[337,338,339,340,345,351,352],"circles":[9],"circulation":[93,244,245,246,247,258,259,260,261,264,275,276]});
