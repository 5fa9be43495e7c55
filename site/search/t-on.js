window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,2,63,2,67,2,68,2,83,2,193,2,245,2],"oneself":[105,2],"only":[187,2,188,2,189,2]});
