window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[329,330,331,332,337,343,344],"circles":[9],"circulation":[93,237,238,239,240,250,251,252,255,266,267]});
