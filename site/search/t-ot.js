window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,280,285],"others":[63]});
