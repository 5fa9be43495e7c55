window.evidencemapSearch&&evidencemapSearch.terms("ci",{"ci":[284,285,286,287,292,298,299],"circles":[9],"circulation":[93,206,207,208,209,217,218,219,222,233,234]});
