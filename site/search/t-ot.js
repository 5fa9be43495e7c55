window.evidencemapSearch&&evidencemapSearch.terms("ot",{"other":[67,103,274,279],"others":[63]});
