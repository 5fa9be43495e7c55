window.evidencemapSearch&&evidencemapSearch.terms("on",{"one":[18,63,67,68,83,215],"oneself":[105],"only":[165,166,167]});
