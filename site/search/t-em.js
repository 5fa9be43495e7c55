window.evidencemapSearch&&evidencemapSearch.terms("em",{"employing":[148]});
