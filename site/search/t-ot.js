window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,270,275],"others":[63]});
