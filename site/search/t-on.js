window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,178],"oneself":[105],"only":[153,154]});
