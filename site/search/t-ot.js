window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,282,287],"others":[63]});
