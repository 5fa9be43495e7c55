window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,219],"oneself":[105],"only":[167,168,169]});
