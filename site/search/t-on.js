window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,211],"oneself":[105],"only":[162,163,164]});
