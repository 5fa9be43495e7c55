window.evidencemapSearch&&evidencemapSearch.terms("em",{"emerges":[302,2],"employing":[318,2]});
