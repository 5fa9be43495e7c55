window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,174,226],"oneself":[105],"only":[168,169,170]});
