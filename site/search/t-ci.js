window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[239,240,243,248,249],"circles":[9],"circulation":[93,187,188,189,190,198,199,200,203,214]});
