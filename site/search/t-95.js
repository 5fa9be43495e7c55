window.evidencemapSearch&&evidencemapSearch.terms("95",{"95":[284,285,286,287,292,298,299]});
