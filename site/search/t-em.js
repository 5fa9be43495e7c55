window.evidencemapSearch&&evidencemapSearch.terms("em",{"employing":[154]});
