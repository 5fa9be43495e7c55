window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,193],"oneself":[105],"only":[156,157]});
