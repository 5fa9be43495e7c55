window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,2,63,2,67,2,68,2,83,2,216,2,259,2],"oneself":[105,2],"only":[274,2,276,2,278,2]});
