window.evidencemapSearch&&evidencemapSearch.terms("em",{"emerges":[171,2],"employing":[175,2]});
