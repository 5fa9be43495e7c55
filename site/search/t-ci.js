window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[325,326,327,328,333,339,340],"circles":[9],"circulation":[93,233,234,235,236,246,247,248,251,262,263]});
