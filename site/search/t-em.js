window.evidencemapSearch&&evidencemapSearch.terms("em",{"emerges":[152],"employing":[156]});
